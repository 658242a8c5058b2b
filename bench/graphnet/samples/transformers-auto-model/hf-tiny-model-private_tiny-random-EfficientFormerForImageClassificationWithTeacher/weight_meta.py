class Program_weight_tensor_meta_L_pixel_values_:
    name = "L_pixel_values_"
    shape = [1, 3, 224, 224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.986
    std = 0.133
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_convolution1_parameters_weight_"
    shape = [24, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_convolution1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_before_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_before_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_before_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_before_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_convolution2_parameters_weight_"
    shape = [48, 24, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_convolution2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_after_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_after_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_after_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_patch_embed_modules_batchnorm_after_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_1_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_2_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_1_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_2_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_1_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_2_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
        0.000010,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = [
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
        1.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_0_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_projection_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_projection_parameters_weight_"
    shape = [96, 48, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_projection_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_projection_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_norm_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_norm_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_norm_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_norm_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_norm_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_norm_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_norm_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_1_modules_norm_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_1_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_2_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [384, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [96, 384, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_1_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_2_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [384, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [96, 384, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_2_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_projection_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_projection_parameters_weight_"
    shape = [224, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_projection_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_projection_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_norm_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_norm_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_norm_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_norm_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_norm_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_norm_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_norm_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_3_modules_norm_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_1_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_2_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [896, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [224, 896, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_1_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_2_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [896, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [224, 896, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_1_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_2_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [896, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [224, 896, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_parameters_layer_scale_1_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_parameters_layer_scale_2_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [896, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [224, 896, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_3_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_parameters_layer_scale_1_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_parameters_layer_scale_2_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [896, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [224, 896, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_4_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_parameters_layer_scale_1_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_parameters_layer_scale_2_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [896, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [896]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [224, 896, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_4_modules_meta4D_layers_modules_blocks_modules_5_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_projection_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_projection_parameters_weight_"
    shape = [448, 224, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_projection_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_projection_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_norm_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_norm_buffers_running_mean_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_norm_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_norm_buffers_running_var_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_norm_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_norm_parameters_weight_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_norm_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_intermediate_stages_modules_5_modules_norm_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_1_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_parameters_layer_scale_2_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [1792, 448, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [448, 1792, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_0_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_1_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_parameters_layer_scale_2_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [1792, 448, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [448, 1792, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_1_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_1_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_parameters_layer_scale_2_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_weight_"
    shape = [1792, 448, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution1_parameters_bias_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_mean_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_buffers_running_var_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_weight_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_before_parameters_bias_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_weight_"
    shape = [448, 1792, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_convolution2_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_mean_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_mean_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_var_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_buffers_running_var_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_weight_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta4D_layers_modules_blocks_modules_2_modules_mlp_modules_batchnorm_after_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_layernorm1_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_layernorm1_parameters_weight_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_layernorm1_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_layernorm1_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_modules_qkv_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_modules_qkv_parameters_weight_"
    shape = [1536, 448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_modules_qkv_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_modules_qkv_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_ab:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_ab"
    shape = [8, 49, 49]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_modules_projection_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_modules_projection_parameters_weight_"
    shape = [448, 1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_modules_projection_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_token_mixer_modules_projection_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_parameters_layer_scale_1_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_parameters_layer_scale_1_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_parameters_layer_scale_2_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_parameters_layer_scale_2_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_layernorm2_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_layernorm2_parameters_weight_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_layernorm2_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_layernorm2_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_mlp_modules_linear_in_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_mlp_modules_linear_in_parameters_weight_"
    shape = [1792, 448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_mlp_modules_linear_in_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_mlp_modules_linear_in_parameters_bias_"
    shape = [1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_mlp_modules_linear_out_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_mlp_modules_linear_out_parameters_weight_"
    shape = [448, 1792]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_mlp_modules_linear_out_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_encoder_modules_last_stage_modules_meta3D_layers_modules_blocks_modules_0_modules_mlp_modules_linear_out_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_layernorm_parameters_weight_:
    name = "L_self_modules_efficientformer_modules_layernorm_parameters_weight_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_efficientformer_modules_layernorm_parameters_bias_:
    name = "L_self_modules_efficientformer_modules_layernorm_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_weight_:
    name = "L_self_modules_classifier_parameters_weight_"
    shape = [2, 448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_bias_:
    name = "L_self_modules_classifier_parameters_bias_"
    shape = [2]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [0.000000, 0.000000]


class Program_weight_tensor_meta_L_self_modules_distillation_classifier_parameters_weight_:
    name = "L_self_modules_distillation_classifier_parameters_weight_"
    shape = [2, 448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_distillation_classifier_parameters_bias_:
    name = "L_self_modules_distillation_classifier_parameters_bias_"
    shape = [2]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [0.000000, 0.000000]
