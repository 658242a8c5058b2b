class Program_weight_tensor_meta_L_x_:
    name = "L_x_"
    shape = [1, 3, 224, 224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.230
    std = 1.287
    data = None


class Program_weight_tensor_meta_L_self_modules_patch_embed_modules_proj_parameters_weight_:
    name = "L_self_modules_patch_embed_modules_proj_parameters_weight_"
    shape = [384, 3, 16, 16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_patch_embed_modules_proj_parameters_bias_:
    name = "L_self_modules_patch_embed_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_parameters_pos_embed_:
    name = "L_self_parameters_pos_embed_"
    shape = [1, 196, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_0_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_0_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_0_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_0_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_0_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_0_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_0_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_1_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_1_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_1_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_1_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_2_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_2_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_2_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_2_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_3_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_3_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_3_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_3_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_4_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_4_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_4_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_4_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_5_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_5_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_5_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_5_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_6_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_6_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_6_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_6_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_7_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_7_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_7_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_7_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_7_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_7_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_7_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_8_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_8_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_8_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_8_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_8_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_8_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_8_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_9_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_9_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_9_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_attn_modules_qkv_parameters_weight_:
    name = "L_self_modules_blocks_modules_9_modules_attn_modules_qkv_parameters_weight_"
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_9_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_attn_modules_proj_l_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_9_modules_attn_modules_proj_l_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_9_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_attn_modules_proj_w_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_9_modules_attn_modules_proj_w_parameters_weight_"
    )
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_9_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_9_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_9_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_9_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_9_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_9_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_9_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_9_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_9_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_9_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_10_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_10_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_10_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_10_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_10_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_10_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_10_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_10_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_10_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_10_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_10_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_10_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_10_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_10_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_10_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_10_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_10_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_10_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_10_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_11_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_11_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_11_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_11_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_11_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_11_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_11_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_11_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_11_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_11_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_11_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_11_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_11_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_11_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_11_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_11_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_11_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_11_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_11_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_12_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_12_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_12_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_12_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_12_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_12_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_12_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_12_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_12_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_12_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_12_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_12_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_12_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_12_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_12_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_12_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_12_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_12_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_12_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_13_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_13_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_13_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_13_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_13_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_13_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_13_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_13_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_13_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_13_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_13_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_13_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_13_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_13_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_13_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_13_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_13_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_13_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_13_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_14_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_14_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_14_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_14_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_14_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_14_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_14_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_14_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_14_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_14_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_14_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_14_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_14_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_14_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_14_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_14_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_14_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_14_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_14_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_15_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_15_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_15_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_15_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_15_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_15_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_15_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_15_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_15_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_15_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_15_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_15_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_15_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_15_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_15_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_15_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_15_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_15_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_15_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_16_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_16_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_16_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_16_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_16_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_16_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_16_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_16_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_16_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_16_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_16_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_16_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_16_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_16_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_16_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_16_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_16_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_16_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_16_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_17_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_17_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_17_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_17_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_17_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_17_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_17_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_17_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_17_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_17_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_17_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_17_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_17_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_17_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_17_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_17_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_17_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_17_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_17_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_18_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_18_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_18_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_18_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_18_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_18_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_18_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_18_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_18_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_18_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_18_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_18_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_18_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_18_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_18_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_18_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_18_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_18_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_18_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_19_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_19_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_19_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_19_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_19_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_19_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_19_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_19_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_19_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_19_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_19_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_19_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_19_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_19_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_19_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_19_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_19_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_19_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_19_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_20_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_20_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_20_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_20_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_20_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_20_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_20_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_20_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_20_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_20_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_20_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_20_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_20_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_20_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_20_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_20_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_20_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_20_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_20_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_21_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_21_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_21_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_21_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_21_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_21_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_21_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_21_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_21_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_21_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_21_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_21_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_21_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_21_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_21_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_21_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_21_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_21_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_21_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_22_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_22_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_22_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_22_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_22_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_22_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_22_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_22_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_22_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_22_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_22_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_22_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_22_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_22_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_22_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_22_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_22_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_22_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_22_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_parameters_gamma_1_:
    name = "L_self_modules_blocks_modules_23_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_modules_23_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_modules_23_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_attn_modules_qkv_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_23_modules_attn_modules_qkv_parameters_weight_"
    )
    shape = [1152, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_attn_modules_qkv_parameters_bias_:
    name = "L_self_modules_blocks_modules_23_modules_attn_modules_qkv_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_attn_modules_proj_l_parameters_weight_:
    name = "L_self_modules_blocks_modules_23_modules_attn_modules_proj_l_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_attn_modules_proj_l_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_23_modules_attn_modules_proj_l_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_attn_modules_proj_w_parameters_weight_:
    name = "L_self_modules_blocks_modules_23_modules_attn_modules_proj_w_parameters_weight_"
    shape = [8, 8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_attn_modules_proj_w_parameters_bias_:
    name = (
        "L_self_modules_blocks_modules_23_modules_attn_modules_proj_w_parameters_bias_"
    )
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_attn_modules_proj_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_23_modules_attn_modules_proj_parameters_weight_"
    )
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_modules_23_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_parameters_gamma_2_:
    name = "L_self_modules_blocks_modules_23_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_modules_23_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_modules_23_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_modules_23_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_modules_23_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_modules_23_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_23_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_modules_23_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_parameters_cls_token_:
    name = "L_self_parameters_cls_token_"
    shape = [1, 1, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_parameters_gamma_1_:
    name = "L_self_modules_blocks_token_only_modules_0_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_attn_modules_q_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_attn_modules_q_parameters_weight_"
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_attn_modules_q_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_attn_modules_q_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_attn_modules_k_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_attn_modules_k_parameters_weight_"
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_attn_modules_k_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_attn_modules_k_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_attn_modules_v_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_attn_modules_v_parameters_weight_"
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_attn_modules_v_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_attn_modules_v_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_attn_modules_proj_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_attn_modules_proj_parameters_weight_"
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_parameters_gamma_2_:
    name = "L_self_modules_blocks_token_only_modules_0_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_0_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_0_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_parameters_gamma_1_:
    name = "L_self_modules_blocks_token_only_modules_1_parameters_gamma_1_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_norm1_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_norm1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_norm1_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_norm1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_attn_modules_q_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_attn_modules_q_parameters_weight_"
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_attn_modules_q_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_attn_modules_q_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_attn_modules_k_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_attn_modules_k_parameters_weight_"
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_attn_modules_k_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_attn_modules_k_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_attn_modules_v_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_attn_modules_v_parameters_weight_"
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_attn_modules_v_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_attn_modules_v_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_attn_modules_proj_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_attn_modules_proj_parameters_weight_"
    shape = [384, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_attn_modules_proj_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_attn_modules_proj_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_parameters_gamma_2_:
    name = "L_self_modules_blocks_token_only_modules_1_parameters_gamma_2_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_norm2_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_norm2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_norm2_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_norm2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_mlp_modules_fc1_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_mlp_modules_fc1_parameters_weight_"
    shape = [1536, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_mlp_modules_fc1_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_mlp_modules_fc1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_mlp_modules_fc2_parameters_weight_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_mlp_modules_fc2_parameters_weight_"
    shape = [384, 1536]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_token_only_modules_1_modules_mlp_modules_fc2_parameters_bias_:
    name = "L_self_modules_blocks_token_only_modules_1_modules_mlp_modules_fc2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_norm_parameters_weight_:
    name = "L_self_modules_norm_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_norm_parameters_bias_:
    name = "L_self_modules_norm_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_head_parameters_weight_:
    name = "L_self_modules_head_parameters_weight_"
    shape = [1000, 384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_head_parameters_bias_:
    name = "L_self_modules_head_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
