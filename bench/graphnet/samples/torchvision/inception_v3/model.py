import torch


class GraphModule(torch.nn.Module):
    def forward(
        self,
        s0: torch.SymInt,
        s1: torch.SymInt,
        L_x_: torch.Tensor,
        L_self_modules_Conv2d_1a_3x3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Conv2d_1a_3x3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_1a_3x3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_2a_3x3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Conv2d_2a_3x3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_2a_3x3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_2b_3x3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Conv2d_2b_3x3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_2b_3x3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_3b_1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Conv2d_3b_1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_3b_1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_4a_3x3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Conv2d_4a_3x3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Conv2d_4a_3x3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch1x1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch_pool_modules_conv_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_: torch.Tensor,
        L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_parameters_bias_: torch.nn.parameter.Parameter,
        L_self_modules_fc_parameters_weight_: torch.nn.parameter.Parameter,
        L_self_modules_fc_parameters_bias_: torch.nn.parameter.Parameter,
    ):
        l_x_ = L_x_
        l_self_modules_conv2d_1a_3x3_modules_conv_parameters_weight_ = (
            L_self_modules_Conv2d_1a_3x3_modules_conv_parameters_weight_
        )
        l_self_modules_conv2d_1a_3x3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_mean_
        )
        l_self_modules_conv2d_1a_3x3_modules_bn_buffers_running_var_ = (
            L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_var_
        )
        l_self_modules_conv2d_1a_3x3_modules_bn_parameters_weight_ = (
            L_self_modules_Conv2d_1a_3x3_modules_bn_parameters_weight_
        )
        l_self_modules_conv2d_1a_3x3_modules_bn_parameters_bias_ = (
            L_self_modules_Conv2d_1a_3x3_modules_bn_parameters_bias_
        )
        l_self_modules_conv2d_2a_3x3_modules_conv_parameters_weight_ = (
            L_self_modules_Conv2d_2a_3x3_modules_conv_parameters_weight_
        )
        l_self_modules_conv2d_2a_3x3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_mean_
        )
        l_self_modules_conv2d_2a_3x3_modules_bn_buffers_running_var_ = (
            L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_var_
        )
        l_self_modules_conv2d_2a_3x3_modules_bn_parameters_weight_ = (
            L_self_modules_Conv2d_2a_3x3_modules_bn_parameters_weight_
        )
        l_self_modules_conv2d_2a_3x3_modules_bn_parameters_bias_ = (
            L_self_modules_Conv2d_2a_3x3_modules_bn_parameters_bias_
        )
        l_self_modules_conv2d_2b_3x3_modules_conv_parameters_weight_ = (
            L_self_modules_Conv2d_2b_3x3_modules_conv_parameters_weight_
        )
        l_self_modules_conv2d_2b_3x3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_mean_
        )
        l_self_modules_conv2d_2b_3x3_modules_bn_buffers_running_var_ = (
            L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_var_
        )
        l_self_modules_conv2d_2b_3x3_modules_bn_parameters_weight_ = (
            L_self_modules_Conv2d_2b_3x3_modules_bn_parameters_weight_
        )
        l_self_modules_conv2d_2b_3x3_modules_bn_parameters_bias_ = (
            L_self_modules_Conv2d_2b_3x3_modules_bn_parameters_bias_
        )
        l_self_modules_conv2d_3b_1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Conv2d_3b_1x1_modules_conv_parameters_weight_
        )
        l_self_modules_conv2d_3b_1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_conv2d_3b_1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_conv2d_3b_1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Conv2d_3b_1x1_modules_bn_parameters_weight_
        )
        l_self_modules_conv2d_3b_1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Conv2d_3b_1x1_modules_bn_parameters_bias_
        )
        l_self_modules_conv2d_4a_3x3_modules_conv_parameters_weight_ = (
            L_self_modules_Conv2d_4a_3x3_modules_conv_parameters_weight_
        )
        l_self_modules_conv2d_4a_3x3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_mean_
        )
        l_self_modules_conv2d_4a_3x3_modules_bn_buffers_running_var_ = (
            L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_var_
        )
        l_self_modules_conv2d_4a_3x3_modules_bn_parameters_weight_ = (
            L_self_modules_Conv2d_4a_3x3_modules_bn_parameters_weight_
        )
        l_self_modules_conv2d_4a_3x3_modules_bn_parameters_bias_ = (
            L_self_modules_Conv2d_4a_3x3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5b_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5b_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_
        l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5b_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5b_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5b_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5c_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5c_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_
        l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5c_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5c_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5c_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5d_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5d_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_
        l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_5d_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_5d_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_5d_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6a_modules_branch3x3_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6a_modules_branch3x3_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6a_modules_branch3x3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6a_modules_branch3x3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_
        l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6b_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_
        l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_
        l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_
        l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_
        l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_
        l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6b_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6b_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6b_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6c_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_
        l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_
        l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_
        l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_
        l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_
        l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6c_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6c_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6c_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6d_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_
        l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_
        l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_
        l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_
        l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_
        l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6d_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6d_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6d_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6e_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_
        l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_
        l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_
        l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_
        l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_
        l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_ = L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_
        l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_6e_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_6e_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_6e_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_
        l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_
        l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_ = L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_
        l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_
        l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_ = L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_
        l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_
        l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7b_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_
        l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_
        l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_weight_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_weight_
        l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_
        l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_
        l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_weight_ = L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_weight_
        l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7b_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7b_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7b_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch1x1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch1x1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7c_modules_branch1x1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch1x1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_
        l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_
        l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_
        l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_
        l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_
        l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_
        l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_weight_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_weight_
        l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_
        l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_
        l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_
        l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_weight_ = L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_weight_
        l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_bias_
        )
        l_self_modules_mixed_7c_modules_branch_pool_modules_conv_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch_pool_modules_conv_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_ = (
            L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_
        )
        l_self_modules_mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_ = (
            L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_
        )
        l_self_modules_mixed_7c_modules_branch_pool_modules_bn_parameters_weight_ = (
            L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_parameters_weight_
        )
        l_self_modules_mixed_7c_modules_branch_pool_modules_bn_parameters_bias_ = (
            L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_parameters_bias_
        )
        l_self_modules_fc_parameters_weight_ = L_self_modules_fc_parameters_weight_
        l_self_modules_fc_parameters_bias_ = L_self_modules_fc_parameters_bias_
        getitem = l_x_[(slice(None, None, None), 0)]
        unsqueeze = torch.unsqueeze(getitem, 1)
        getitem = None
        mul = unsqueeze * 0.458
        unsqueeze = None
        x_ch0 = mul + -0.030000000000000027
        mul = None
        getitem_1 = l_x_[(slice(None, None, None), 1)]
        unsqueeze_1 = torch.unsqueeze(getitem_1, 1)
        getitem_1 = None
        mul_1 = unsqueeze_1 * 0.448
        unsqueeze_1 = None
        x_ch1 = mul_1 + -0.08799999999999997
        mul_1 = None
        getitem_2 = l_x_[(slice(None, None, None), 2)]
        l_x_ = None
        unsqueeze_2 = torch.unsqueeze(getitem_2, 1)
        getitem_2 = None
        mul_2 = unsqueeze_2 * 0.45
        unsqueeze_2 = None
        x_ch2 = mul_2 + -0.18799999999999994
        mul_2 = None
        x = torch.cat((x_ch0, x_ch1, x_ch2), 1)
        x_ch0 = x_ch1 = x_ch2 = None
        x_1 = torch.conv2d(
            x,
            l_self_modules_conv2d_1a_3x3_modules_conv_parameters_weight_,
            None,
            (2, 2),
            (0, 0),
            (1, 1),
            1,
        )
        x = l_self_modules_conv2d_1a_3x3_modules_conv_parameters_weight_ = None
        x_2 = torch.nn.functional.batch_norm(
            x_1,
            l_self_modules_conv2d_1a_3x3_modules_bn_buffers_running_mean_,
            l_self_modules_conv2d_1a_3x3_modules_bn_buffers_running_var_,
            l_self_modules_conv2d_1a_3x3_modules_bn_parameters_weight_,
            l_self_modules_conv2d_1a_3x3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_1 = (
            l_self_modules_conv2d_1a_3x3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_conv2d_1a_3x3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_conv2d_1a_3x3_modules_bn_parameters_weight_
        ) = l_self_modules_conv2d_1a_3x3_modules_bn_parameters_bias_ = None
        x_3 = torch.nn.functional.relu(x_2, inplace=True)
        x_2 = None
        x_4 = torch.conv2d(
            x_3,
            l_self_modules_conv2d_2a_3x3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        x_3 = l_self_modules_conv2d_2a_3x3_modules_conv_parameters_weight_ = None
        x_5 = torch.nn.functional.batch_norm(
            x_4,
            l_self_modules_conv2d_2a_3x3_modules_bn_buffers_running_mean_,
            l_self_modules_conv2d_2a_3x3_modules_bn_buffers_running_var_,
            l_self_modules_conv2d_2a_3x3_modules_bn_parameters_weight_,
            l_self_modules_conv2d_2a_3x3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_4 = (
            l_self_modules_conv2d_2a_3x3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_conv2d_2a_3x3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_conv2d_2a_3x3_modules_bn_parameters_weight_
        ) = l_self_modules_conv2d_2a_3x3_modules_bn_parameters_bias_ = None
        x_6 = torch.nn.functional.relu(x_5, inplace=True)
        x_5 = None
        x_7 = torch.conv2d(
            x_6,
            l_self_modules_conv2d_2b_3x3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        x_6 = l_self_modules_conv2d_2b_3x3_modules_conv_parameters_weight_ = None
        x_8 = torch.nn.functional.batch_norm(
            x_7,
            l_self_modules_conv2d_2b_3x3_modules_bn_buffers_running_mean_,
            l_self_modules_conv2d_2b_3x3_modules_bn_buffers_running_var_,
            l_self_modules_conv2d_2b_3x3_modules_bn_parameters_weight_,
            l_self_modules_conv2d_2b_3x3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_7 = (
            l_self_modules_conv2d_2b_3x3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_conv2d_2b_3x3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_conv2d_2b_3x3_modules_bn_parameters_weight_
        ) = l_self_modules_conv2d_2b_3x3_modules_bn_parameters_bias_ = None
        x_9 = torch.nn.functional.relu(x_8, inplace=True)
        x_8 = None
        x_10 = torch.nn.functional.max_pool2d(
            x_9, 3, 2, 0, 1, ceil_mode=False, return_indices=False
        )
        x_9 = None
        x_11 = torch.conv2d(
            x_10,
            l_self_modules_conv2d_3b_1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        x_10 = l_self_modules_conv2d_3b_1x1_modules_conv_parameters_weight_ = None
        x_12 = torch.nn.functional.batch_norm(
            x_11,
            l_self_modules_conv2d_3b_1x1_modules_bn_buffers_running_mean_,
            l_self_modules_conv2d_3b_1x1_modules_bn_buffers_running_var_,
            l_self_modules_conv2d_3b_1x1_modules_bn_parameters_weight_,
            l_self_modules_conv2d_3b_1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_11 = (
            l_self_modules_conv2d_3b_1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_conv2d_3b_1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_conv2d_3b_1x1_modules_bn_parameters_weight_
        ) = l_self_modules_conv2d_3b_1x1_modules_bn_parameters_bias_ = None
        x_13 = torch.nn.functional.relu(x_12, inplace=True)
        x_12 = None
        x_14 = torch.conv2d(
            x_13,
            l_self_modules_conv2d_4a_3x3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        x_13 = l_self_modules_conv2d_4a_3x3_modules_conv_parameters_weight_ = None
        x_15 = torch.nn.functional.batch_norm(
            x_14,
            l_self_modules_conv2d_4a_3x3_modules_bn_buffers_running_mean_,
            l_self_modules_conv2d_4a_3x3_modules_bn_buffers_running_var_,
            l_self_modules_conv2d_4a_3x3_modules_bn_parameters_weight_,
            l_self_modules_conv2d_4a_3x3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_14 = (
            l_self_modules_conv2d_4a_3x3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_conv2d_4a_3x3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_conv2d_4a_3x3_modules_bn_parameters_weight_
        ) = l_self_modules_conv2d_4a_3x3_modules_bn_parameters_bias_ = None
        x_16 = torch.nn.functional.relu(x_15, inplace=True)
        x_15 = None
        x_17 = torch.nn.functional.max_pool2d(
            x_16, 3, 2, 0, 1, ceil_mode=False, return_indices=False
        )
        x_16 = None
        x_18 = torch.conv2d(
            x_17,
            l_self_modules_mixed_5b_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5b_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_19 = torch.nn.functional.batch_norm(
            x_18,
            l_self_modules_mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5b_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5b_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_18 = (
            l_self_modules_mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5b_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_5b_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1 = torch.nn.functional.relu(x_19, inplace=True)
        x_19 = None
        x_20 = torch.conv2d(
            x_17,
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_ = (
            None
        )
        x_21 = torch.nn.functional.batch_norm(
            x_20,
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_20 = (
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5b_modules_branch5x5_1_modules_bn_parameters_bias_
        ) = None
        branch5x5 = torch.nn.functional.relu(x_21, inplace=True)
        x_21 = None
        x_22 = torch.conv2d(
            branch5x5,
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (2, 2),
            (1, 1),
            1,
        )
        branch5x5 = (
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_
        ) = None
        x_23 = torch.nn.functional.batch_norm(
            x_22,
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_22 = (
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5b_modules_branch5x5_2_modules_bn_parameters_bias_
        ) = None
        branch5x5_1 = torch.nn.functional.relu(x_23, inplace=True)
        x_23 = None
        x_24 = torch.conv2d(
            x_17,
            l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_25 = torch.nn.functional.batch_norm(
            x_24,
            l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_24 = l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl = torch.nn.functional.relu(x_25, inplace=True)
        x_25 = None
        x_26 = torch.conv2d(
            branch3x3dbl,
            l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl = l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = (None)
        x_27 = torch.nn.functional.batch_norm(
            x_26,
            l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_26 = l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_1 = torch.nn.functional.relu(x_27, inplace=True)
        x_27 = None
        x_28 = torch.conv2d(
            branch3x3dbl_1,
            l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl_1 = l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_ = (None)
        x_29 = torch.nn.functional.batch_norm(
            x_28,
            l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_28 = l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_2 = torch.nn.functional.relu(x_29, inplace=True)
        x_29 = None
        branch_pool = torch._C._nn.avg_pool2d(x_17, kernel_size=3, stride=1, padding=1)
        x_17 = None
        x_30 = torch.conv2d(
            branch_pool,
            l_self_modules_mixed_5b_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool = (
            l_self_modules_mixed_5b_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_31 = torch.nn.functional.batch_norm(
            x_30,
            l_self_modules_mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5b_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_5b_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_30 = (
            l_self_modules_mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5b_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5b_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_1 = torch.nn.functional.relu(x_31, inplace=True)
        x_31 = None
        x_32 = torch.cat([branch1x1, branch5x5_1, branch3x3dbl_2, branch_pool_1], 1)
        branch1x1 = branch5x5_1 = branch3x3dbl_2 = branch_pool_1 = None
        x_33 = torch.conv2d(
            x_32,
            l_self_modules_mixed_5c_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5c_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_34 = torch.nn.functional.batch_norm(
            x_33,
            l_self_modules_mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5c_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5c_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_33 = (
            l_self_modules_mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5c_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_5c_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1_1 = torch.nn.functional.relu(x_34, inplace=True)
        x_34 = None
        x_35 = torch.conv2d(
            x_32,
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_ = (
            None
        )
        x_36 = torch.nn.functional.batch_norm(
            x_35,
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_35 = (
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5c_modules_branch5x5_1_modules_bn_parameters_bias_
        ) = None
        branch5x5_2 = torch.nn.functional.relu(x_36, inplace=True)
        x_36 = None
        x_37 = torch.conv2d(
            branch5x5_2,
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (2, 2),
            (1, 1),
            1,
        )
        branch5x5_2 = (
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_
        ) = None
        x_38 = torch.nn.functional.batch_norm(
            x_37,
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_37 = (
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5c_modules_branch5x5_2_modules_bn_parameters_bias_
        ) = None
        branch5x5_3 = torch.nn.functional.relu(x_38, inplace=True)
        x_38 = None
        x_39 = torch.conv2d(
            x_32,
            l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_40 = torch.nn.functional.batch_norm(
            x_39,
            l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_39 = l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_3 = torch.nn.functional.relu(x_40, inplace=True)
        x_40 = None
        x_41 = torch.conv2d(
            branch3x3dbl_3,
            l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl_3 = l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = (None)
        x_42 = torch.nn.functional.batch_norm(
            x_41,
            l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_41 = l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_4 = torch.nn.functional.relu(x_42, inplace=True)
        x_42 = None
        x_43 = torch.conv2d(
            branch3x3dbl_4,
            l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl_4 = l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_ = (None)
        x_44 = torch.nn.functional.batch_norm(
            x_43,
            l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_43 = l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_5 = torch.nn.functional.relu(x_44, inplace=True)
        x_44 = None
        branch_pool_2 = torch._C._nn.avg_pool2d(
            x_32, kernel_size=3, stride=1, padding=1
        )
        x_32 = None
        x_45 = torch.conv2d(
            branch_pool_2,
            l_self_modules_mixed_5c_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool_2 = (
            l_self_modules_mixed_5c_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_46 = torch.nn.functional.batch_norm(
            x_45,
            l_self_modules_mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5c_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_5c_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_45 = (
            l_self_modules_mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5c_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5c_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_3 = torch.nn.functional.relu(x_46, inplace=True)
        x_46 = None
        x_47 = torch.cat([branch1x1_1, branch5x5_3, branch3x3dbl_5, branch_pool_3], 1)
        branch1x1_1 = branch5x5_3 = branch3x3dbl_5 = branch_pool_3 = None
        x_48 = torch.conv2d(
            x_47,
            l_self_modules_mixed_5d_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5d_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_49 = torch.nn.functional.batch_norm(
            x_48,
            l_self_modules_mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5d_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5d_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_48 = (
            l_self_modules_mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5d_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_5d_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1_2 = torch.nn.functional.relu(x_49, inplace=True)
        x_49 = None
        x_50 = torch.conv2d(
            x_47,
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_ = (
            None
        )
        x_51 = torch.nn.functional.batch_norm(
            x_50,
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_50 = (
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5d_modules_branch5x5_1_modules_bn_parameters_bias_
        ) = None
        branch5x5_4 = torch.nn.functional.relu(x_51, inplace=True)
        x_51 = None
        x_52 = torch.conv2d(
            branch5x5_4,
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (2, 2),
            (1, 1),
            1,
        )
        branch5x5_4 = (
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_
        ) = None
        x_53 = torch.nn.functional.batch_norm(
            x_52,
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_52 = (
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5d_modules_branch5x5_2_modules_bn_parameters_bias_
        ) = None
        branch5x5_5 = torch.nn.functional.relu(x_53, inplace=True)
        x_53 = None
        x_54 = torch.conv2d(
            x_47,
            l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_55 = torch.nn.functional.batch_norm(
            x_54,
            l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_54 = l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_6 = torch.nn.functional.relu(x_55, inplace=True)
        x_55 = None
        x_56 = torch.conv2d(
            branch3x3dbl_6,
            l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl_6 = l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = (None)
        x_57 = torch.nn.functional.batch_norm(
            x_56,
            l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_56 = l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_7 = torch.nn.functional.relu(x_57, inplace=True)
        x_57 = None
        x_58 = torch.conv2d(
            branch3x3dbl_7,
            l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl_7 = l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_ = (None)
        x_59 = torch.nn.functional.batch_norm(
            x_58,
            l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_58 = l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_8 = torch.nn.functional.relu(x_59, inplace=True)
        x_59 = None
        branch_pool_4 = torch._C._nn.avg_pool2d(
            x_47, kernel_size=3, stride=1, padding=1
        )
        x_47 = None
        x_60 = torch.conv2d(
            branch_pool_4,
            l_self_modules_mixed_5d_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool_4 = (
            l_self_modules_mixed_5d_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_61 = torch.nn.functional.batch_norm(
            x_60,
            l_self_modules_mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_5d_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_5d_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_60 = (
            l_self_modules_mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_5d_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_5d_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_5 = torch.nn.functional.relu(x_61, inplace=True)
        x_61 = None
        x_62 = torch.cat([branch1x1_2, branch5x5_5, branch3x3dbl_8, branch_pool_5], 1)
        branch1x1_2 = branch5x5_5 = branch3x3dbl_8 = branch_pool_5 = None
        x_63 = torch.conv2d(
            x_62,
            l_self_modules_mixed_6a_modules_branch3x3_modules_conv_parameters_weight_,
            None,
            (2, 2),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6a_modules_branch3x3_modules_conv_parameters_weight_ = None
        x_64 = torch.nn.functional.batch_norm(
            x_63,
            l_self_modules_mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6a_modules_branch3x3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6a_modules_branch3x3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_63 = (
            l_self_modules_mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6a_modules_branch3x3_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_6a_modules_branch3x3_modules_bn_parameters_bias_ = None
        branch3x3 = torch.nn.functional.relu(x_64, inplace=True)
        x_64 = None
        x_65 = torch.conv2d(
            x_62,
            l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_66 = torch.nn.functional.batch_norm(
            x_65,
            l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_65 = l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_9 = torch.nn.functional.relu(x_66, inplace=True)
        x_66 = None
        x_67 = torch.conv2d(
            branch3x3dbl_9,
            l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl_9 = l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = (None)
        x_68 = torch.nn.functional.batch_norm(
            x_67,
            l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_67 = l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_10 = torch.nn.functional.relu(x_68, inplace=True)
        x_68 = None
        x_69 = torch.conv2d(
            branch3x3dbl_10,
            l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_,
            None,
            (2, 2),
            (0, 0),
            (1, 1),
            1,
        )
        branch3x3dbl_10 = l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_ = (None)
        x_70 = torch.nn.functional.batch_norm(
            x_69,
            l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_69 = l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_11 = torch.nn.functional.relu(x_70, inplace=True)
        x_70 = None
        branch_pool_6 = torch.nn.functional.max_pool2d(x_62, kernel_size=3, stride=2)
        x_62 = None
        x_71 = torch.cat([branch3x3, branch3x3dbl_11, branch_pool_6], 1)
        branch3x3 = branch3x3dbl_11 = branch_pool_6 = None
        x_72 = torch.conv2d(
            x_71,
            l_self_modules_mixed_6b_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6b_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_73 = torch.nn.functional.batch_norm(
            x_72,
            l_self_modules_mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_72 = (
            l_self_modules_mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6b_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_6b_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1_3 = torch.nn.functional.relu(x_73, inplace=True)
        x_73 = None
        x_74 = torch.conv2d(
            x_71,
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_ = (
            None
        )
        x_75 = torch.nn.functional.batch_norm(
            x_74,
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_74 = (
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_1_modules_bn_parameters_bias_
        ) = None
        branch7x7 = torch.nn.functional.relu(x_75, inplace=True)
        x_75 = None
        x_76 = torch.conv2d(
            branch7x7,
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7 = (
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_
        ) = None
        x_77 = torch.nn.functional.batch_norm(
            x_76,
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_76 = (
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_2_modules_bn_parameters_bias_
        ) = None
        branch7x7_1 = torch.nn.functional.relu(x_77, inplace=True)
        x_77 = None
        x_78 = torch.conv2d(
            branch7x7_1,
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7_1 = (
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_
        ) = None
        x_79 = torch.nn.functional.batch_norm(
            x_78,
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_78 = (
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7_3_modules_bn_parameters_bias_
        ) = None
        branch7x7_2 = torch.nn.functional.relu(x_79, inplace=True)
        x_79 = None
        x_80 = torch.conv2d(
            x_71,
            l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_81 = torch.nn.functional.batch_norm(
            x_80,
            l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_80 = l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl = torch.nn.functional.relu(x_81, inplace=True)
        x_81 = None
        x_82 = torch.conv2d(
            branch7x7dbl,
            l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7dbl = l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_ = (None)
        x_83 = torch.nn.functional.batch_norm(
            x_82,
            l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_82 = l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_1 = torch.nn.functional.relu(x_83, inplace=True)
        x_83 = None
        x_84 = torch.conv2d(
            branch7x7dbl_1,
            l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7dbl_1 = l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_ = (None)
        x_85 = torch.nn.functional.batch_norm(
            x_84,
            l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_84 = l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_2 = torch.nn.functional.relu(x_85, inplace=True)
        x_85 = None
        x_86 = torch.conv2d(
            branch7x7dbl_2,
            l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7dbl_2 = l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_ = (None)
        x_87 = torch.nn.functional.batch_norm(
            x_86,
            l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_86 = l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_3 = torch.nn.functional.relu(x_87, inplace=True)
        x_87 = None
        x_88 = torch.conv2d(
            branch7x7dbl_3,
            l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7dbl_3 = l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_ = (None)
        x_89 = torch.nn.functional.batch_norm(
            x_88,
            l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_88 = l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_4 = torch.nn.functional.relu(x_89, inplace=True)
        x_89 = None
        branch_pool_7 = torch._C._nn.avg_pool2d(
            x_71, kernel_size=3, stride=1, padding=1
        )
        x_71 = None
        x_90 = torch.conv2d(
            branch_pool_7,
            l_self_modules_mixed_6b_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool_7 = (
            l_self_modules_mixed_6b_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_91 = torch.nn.functional.batch_norm(
            x_90,
            l_self_modules_mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6b_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_6b_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_90 = (
            l_self_modules_mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6b_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6b_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_8 = torch.nn.functional.relu(x_91, inplace=True)
        x_91 = None
        x_92 = torch.cat([branch1x1_3, branch7x7_2, branch7x7dbl_4, branch_pool_8], 1)
        branch1x1_3 = branch7x7_2 = branch7x7dbl_4 = branch_pool_8 = None
        x_93 = torch.conv2d(
            x_92,
            l_self_modules_mixed_6c_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6c_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_94 = torch.nn.functional.batch_norm(
            x_93,
            l_self_modules_mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_93 = (
            l_self_modules_mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6c_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_6c_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1_4 = torch.nn.functional.relu(x_94, inplace=True)
        x_94 = None
        x_95 = torch.conv2d(
            x_92,
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_ = (
            None
        )
        x_96 = torch.nn.functional.batch_norm(
            x_95,
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_95 = (
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_1_modules_bn_parameters_bias_
        ) = None
        branch7x7_3 = torch.nn.functional.relu(x_96, inplace=True)
        x_96 = None
        x_97 = torch.conv2d(
            branch7x7_3,
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7_3 = (
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_
        ) = None
        x_98 = torch.nn.functional.batch_norm(
            x_97,
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_97 = (
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_2_modules_bn_parameters_bias_
        ) = None
        branch7x7_4 = torch.nn.functional.relu(x_98, inplace=True)
        x_98 = None
        x_99 = torch.conv2d(
            branch7x7_4,
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7_4 = (
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_
        ) = None
        x_100 = torch.nn.functional.batch_norm(
            x_99,
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_99 = (
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7_3_modules_bn_parameters_bias_
        ) = None
        branch7x7_5 = torch.nn.functional.relu(x_100, inplace=True)
        x_100 = None
        x_101 = torch.conv2d(
            x_92,
            l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_102 = torch.nn.functional.batch_norm(
            x_101,
            l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_101 = l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_5 = torch.nn.functional.relu(x_102, inplace=True)
        x_102 = None
        x_103 = torch.conv2d(
            branch7x7dbl_5,
            l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7dbl_5 = l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_ = (None)
        x_104 = torch.nn.functional.batch_norm(
            x_103,
            l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_103 = l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_6 = torch.nn.functional.relu(x_104, inplace=True)
        x_104 = None
        x_105 = torch.conv2d(
            branch7x7dbl_6,
            l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7dbl_6 = l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_ = (None)
        x_106 = torch.nn.functional.batch_norm(
            x_105,
            l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_105 = l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_7 = torch.nn.functional.relu(x_106, inplace=True)
        x_106 = None
        x_107 = torch.conv2d(
            branch7x7dbl_7,
            l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7dbl_7 = l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_ = (None)
        x_108 = torch.nn.functional.batch_norm(
            x_107,
            l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_107 = l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_8 = torch.nn.functional.relu(x_108, inplace=True)
        x_108 = None
        x_109 = torch.conv2d(
            branch7x7dbl_8,
            l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7dbl_8 = l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_ = (None)
        x_110 = torch.nn.functional.batch_norm(
            x_109,
            l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_109 = l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_9 = torch.nn.functional.relu(x_110, inplace=True)
        x_110 = None
        branch_pool_9 = torch._C._nn.avg_pool2d(
            x_92, kernel_size=3, stride=1, padding=1
        )
        x_92 = None
        x_111 = torch.conv2d(
            branch_pool_9,
            l_self_modules_mixed_6c_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool_9 = (
            l_self_modules_mixed_6c_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_112 = torch.nn.functional.batch_norm(
            x_111,
            l_self_modules_mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6c_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_6c_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_111 = (
            l_self_modules_mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6c_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6c_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_10 = torch.nn.functional.relu(x_112, inplace=True)
        x_112 = None
        x_113 = torch.cat([branch1x1_4, branch7x7_5, branch7x7dbl_9, branch_pool_10], 1)
        branch1x1_4 = branch7x7_5 = branch7x7dbl_9 = branch_pool_10 = None
        x_114 = torch.conv2d(
            x_113,
            l_self_modules_mixed_6d_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6d_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_115 = torch.nn.functional.batch_norm(
            x_114,
            l_self_modules_mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_114 = (
            l_self_modules_mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6d_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_6d_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1_5 = torch.nn.functional.relu(x_115, inplace=True)
        x_115 = None
        x_116 = torch.conv2d(
            x_113,
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_ = (
            None
        )
        x_117 = torch.nn.functional.batch_norm(
            x_116,
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_116 = (
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_1_modules_bn_parameters_bias_
        ) = None
        branch7x7_6 = torch.nn.functional.relu(x_117, inplace=True)
        x_117 = None
        x_118 = torch.conv2d(
            branch7x7_6,
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7_6 = (
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_
        ) = None
        x_119 = torch.nn.functional.batch_norm(
            x_118,
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_118 = (
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_2_modules_bn_parameters_bias_
        ) = None
        branch7x7_7 = torch.nn.functional.relu(x_119, inplace=True)
        x_119 = None
        x_120 = torch.conv2d(
            branch7x7_7,
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7_7 = (
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_
        ) = None
        x_121 = torch.nn.functional.batch_norm(
            x_120,
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_120 = (
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7_3_modules_bn_parameters_bias_
        ) = None
        branch7x7_8 = torch.nn.functional.relu(x_121, inplace=True)
        x_121 = None
        x_122 = torch.conv2d(
            x_113,
            l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_123 = torch.nn.functional.batch_norm(
            x_122,
            l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_122 = l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_10 = torch.nn.functional.relu(x_123, inplace=True)
        x_123 = None
        x_124 = torch.conv2d(
            branch7x7dbl_10,
            l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7dbl_10 = l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_ = (None)
        x_125 = torch.nn.functional.batch_norm(
            x_124,
            l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_124 = l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_11 = torch.nn.functional.relu(x_125, inplace=True)
        x_125 = None
        x_126 = torch.conv2d(
            branch7x7dbl_11,
            l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7dbl_11 = l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_ = (None)
        x_127 = torch.nn.functional.batch_norm(
            x_126,
            l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_126 = l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_12 = torch.nn.functional.relu(x_127, inplace=True)
        x_127 = None
        x_128 = torch.conv2d(
            branch7x7dbl_12,
            l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7dbl_12 = l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_ = (None)
        x_129 = torch.nn.functional.batch_norm(
            x_128,
            l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_128 = l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_13 = torch.nn.functional.relu(x_129, inplace=True)
        x_129 = None
        x_130 = torch.conv2d(
            branch7x7dbl_13,
            l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7dbl_13 = l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_ = (None)
        x_131 = torch.nn.functional.batch_norm(
            x_130,
            l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_130 = l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_14 = torch.nn.functional.relu(x_131, inplace=True)
        x_131 = None
        branch_pool_11 = torch._C._nn.avg_pool2d(
            x_113, kernel_size=3, stride=1, padding=1
        )
        x_113 = None
        x_132 = torch.conv2d(
            branch_pool_11,
            l_self_modules_mixed_6d_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool_11 = (
            l_self_modules_mixed_6d_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_133 = torch.nn.functional.batch_norm(
            x_132,
            l_self_modules_mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6d_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_6d_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_132 = (
            l_self_modules_mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6d_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6d_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_12 = torch.nn.functional.relu(x_133, inplace=True)
        x_133 = None
        x_134 = torch.cat(
            [branch1x1_5, branch7x7_8, branch7x7dbl_14, branch_pool_12], 1
        )
        branch1x1_5 = branch7x7_8 = branch7x7dbl_14 = branch_pool_12 = None
        x_135 = torch.conv2d(
            x_134,
            l_self_modules_mixed_6e_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6e_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_136 = torch.nn.functional.batch_norm(
            x_135,
            l_self_modules_mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_135 = (
            l_self_modules_mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6e_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_6e_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1_6 = torch.nn.functional.relu(x_136, inplace=True)
        x_136 = None
        x_137 = torch.conv2d(
            x_134,
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_ = (
            None
        )
        x_138 = torch.nn.functional.batch_norm(
            x_137,
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_137 = (
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_1_modules_bn_parameters_bias_
        ) = None
        branch7x7_9 = torch.nn.functional.relu(x_138, inplace=True)
        x_138 = None
        x_139 = torch.conv2d(
            branch7x7_9,
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7_9 = (
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_
        ) = None
        x_140 = torch.nn.functional.batch_norm(
            x_139,
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_139 = (
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_2_modules_bn_parameters_bias_
        ) = None
        branch7x7_10 = torch.nn.functional.relu(x_140, inplace=True)
        x_140 = None
        x_141 = torch.conv2d(
            branch7x7_10,
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7_10 = (
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_
        ) = None
        x_142 = torch.nn.functional.batch_norm(
            x_141,
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_141 = (
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7_3_modules_bn_parameters_bias_
        ) = None
        branch7x7_11 = torch.nn.functional.relu(x_142, inplace=True)
        x_142 = None
        x_143 = torch.conv2d(
            x_134,
            l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_144 = torch.nn.functional.batch_norm(
            x_143,
            l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_143 = l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_15 = torch.nn.functional.relu(x_144, inplace=True)
        x_144 = None
        x_145 = torch.conv2d(
            branch7x7dbl_15,
            l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7dbl_15 = l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_ = (None)
        x_146 = torch.nn.functional.batch_norm(
            x_145,
            l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_145 = l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_16 = torch.nn.functional.relu(x_146, inplace=True)
        x_146 = None
        x_147 = torch.conv2d(
            branch7x7dbl_16,
            l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7dbl_16 = l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_ = (None)
        x_148 = torch.nn.functional.batch_norm(
            x_147,
            l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_147 = l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_17 = torch.nn.functional.relu(x_148, inplace=True)
        x_148 = None
        x_149 = torch.conv2d(
            branch7x7dbl_17,
            l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7dbl_17 = l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_ = (None)
        x_150 = torch.nn.functional.batch_norm(
            x_149,
            l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_149 = l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_18 = torch.nn.functional.relu(x_150, inplace=True)
        x_150 = None
        x_151 = torch.conv2d(
            branch7x7dbl_18,
            l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7dbl_18 = l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_ = (None)
        x_152 = torch.nn.functional.batch_norm(
            x_151,
            l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_151 = l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_ = l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_bias_
        ) = None
        branch7x7dbl_19 = torch.nn.functional.relu(x_152, inplace=True)
        x_152 = None
        branch_pool_13 = torch._C._nn.avg_pool2d(
            x_134, kernel_size=3, stride=1, padding=1
        )
        x_134 = None
        x_153 = torch.conv2d(
            branch_pool_13,
            l_self_modules_mixed_6e_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool_13 = (
            l_self_modules_mixed_6e_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_154 = torch.nn.functional.batch_norm(
            x_153,
            l_self_modules_mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_6e_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_6e_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_153 = (
            l_self_modules_mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_6e_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_6e_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_14 = torch.nn.functional.relu(x_154, inplace=True)
        x_154 = None
        x_155 = torch.cat(
            [branch1x1_6, branch7x7_11, branch7x7dbl_19, branch_pool_14], 1
        )
        branch1x1_6 = branch7x7_11 = branch7x7dbl_19 = branch_pool_14 = None
        x_156 = torch.conv2d(
            x_155,
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_ = (
            None
        )
        x_157 = torch.nn.functional.batch_norm(
            x_156,
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_156 = (
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7a_modules_branch3x3_1_modules_bn_parameters_bias_
        ) = None
        branch3x3_1 = torch.nn.functional.relu(x_157, inplace=True)
        x_157 = None
        x_158 = torch.conv2d(
            branch3x3_1,
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_,
            None,
            (2, 2),
            (0, 0),
            (1, 1),
            1,
        )
        branch3x3_1 = (
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_
        ) = None
        x_159 = torch.nn.functional.batch_norm(
            x_158,
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_158 = (
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7a_modules_branch3x3_2_modules_bn_parameters_bias_
        ) = None
        branch3x3_2 = torch.nn.functional.relu(x_159, inplace=True)
        x_159 = None
        x_160 = torch.conv2d(
            x_155,
            l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_ = (
            None
        )
        x_161 = torch.nn.functional.batch_norm(
            x_160,
            l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_160 = l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_bias_
        ) = None
        branch7x7x3 = torch.nn.functional.relu(x_161, inplace=True)
        x_161 = None
        x_162 = torch.conv2d(
            branch7x7x3,
            l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 3),
            (1, 1),
            1,
        )
        branch7x7x3 = l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_ = (None)
        x_163 = torch.nn.functional.batch_norm(
            x_162,
            l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_162 = l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_bias_
        ) = None
        branch7x7x3_1 = torch.nn.functional.relu(x_163, inplace=True)
        x_163 = None
        x_164 = torch.conv2d(
            branch7x7x3_1,
            l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (3, 0),
            (1, 1),
            1,
        )
        branch7x7x3_1 = l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_ = (None)
        x_165 = torch.nn.functional.batch_norm(
            x_164,
            l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_weight_,
            l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_164 = l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_bias_
        ) = None
        branch7x7x3_2 = torch.nn.functional.relu(x_165, inplace=True)
        x_165 = None
        x_166 = torch.conv2d(
            branch7x7x3_2,
            l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_,
            None,
            (2, 2),
            (0, 0),
            (1, 1),
            1,
        )
        branch7x7x3_2 = l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_ = (None)
        x_167 = torch.nn.functional.batch_norm(
            x_166,
            l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_weight_,
            l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_166 = l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_bias_
        ) = None
        branch7x7x3_3 = torch.nn.functional.relu(x_167, inplace=True)
        x_167 = None
        branch_pool_15 = torch.nn.functional.max_pool2d(x_155, kernel_size=3, stride=2)
        x_155 = None
        x_168 = torch.cat([branch3x3_2, branch7x7x3_3, branch_pool_15], 1)
        branch3x3_2 = branch7x7x3_3 = branch_pool_15 = None
        x_169 = torch.conv2d(
            x_168,
            l_self_modules_mixed_7b_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7b_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_170 = torch.nn.functional.batch_norm(
            x_169,
            l_self_modules_mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_169 = (
            l_self_modules_mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7b_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_7b_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1_7 = torch.nn.functional.relu(x_170, inplace=True)
        x_170 = None
        x_171 = torch.conv2d(
            x_168,
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_ = (
            None
        )
        x_172 = torch.nn.functional.batch_norm(
            x_171,
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_171 = (
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3_1_modules_bn_parameters_bias_
        ) = None
        branch3x3_3 = torch.nn.functional.relu(x_172, inplace=True)
        x_172 = None
        x_173 = torch.conv2d(
            branch3x3_3,
            l_self_modules_mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 1),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_ = (
            None
        )
        x_174 = torch.nn.functional.batch_norm(
            x_173,
            l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_173 = l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_ = (
            l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3_2a_modules_bn_parameters_bias_
        ) = None
        relu_78 = torch.nn.functional.relu(x_174, inplace=True)
        x_174 = None
        x_175 = torch.conv2d(
            branch3x3_3,
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 0),
            (1, 1),
            1,
        )
        branch3x3_3 = (
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_
        ) = None
        x_176 = torch.nn.functional.batch_norm(
            x_175,
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_175 = l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_ = (
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3_2b_modules_bn_parameters_bias_
        ) = None
        relu_79 = torch.nn.functional.relu(x_176, inplace=True)
        x_176 = None
        branch3x3_4 = torch.cat([relu_78, relu_79], 1)
        relu_78 = relu_79 = None
        x_177 = torch.conv2d(
            x_168,
            l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_178 = torch.nn.functional.batch_norm(
            x_177,
            l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_177 = l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_12 = torch.nn.functional.relu(x_178, inplace=True)
        x_178 = None
        x_179 = torch.conv2d(
            branch3x3dbl_12,
            l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl_12 = l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = (None)
        x_180 = torch.nn.functional.batch_norm(
            x_179,
            l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_179 = l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_13 = torch.nn.functional.relu(x_180, inplace=True)
        x_180 = None
        x_181 = torch.conv2d(
            branch3x3dbl_13,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 1),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_ = (
            None
        )
        x_182 = torch.nn.functional.batch_norm(
            x_181,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_181 = l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_ = l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_weight_ = (
            l_self_modules_mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_bias_
        ) = None
        relu_82 = torch.nn.functional.relu(x_182, inplace=True)
        x_182 = None
        x_183 = torch.conv2d(
            branch3x3dbl_13,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 0),
            (1, 1),
            1,
        )
        branch3x3dbl_13 = l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_ = (None)
        x_184 = torch.nn.functional.batch_norm(
            x_183,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_183 = l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_ = l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_weight_ = (
            l_self_modules_mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_bias_
        ) = None
        relu_83 = torch.nn.functional.relu(x_184, inplace=True)
        x_184 = None
        branch3x3dbl_14 = torch.cat([relu_82, relu_83], 1)
        relu_82 = relu_83 = None
        branch_pool_16 = torch._C._nn.avg_pool2d(
            x_168, kernel_size=3, stride=1, padding=1
        )
        x_168 = None
        x_185 = torch.conv2d(
            branch_pool_16,
            l_self_modules_mixed_7b_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool_16 = (
            l_self_modules_mixed_7b_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_186 = torch.nn.functional.batch_norm(
            x_185,
            l_self_modules_mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7b_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_7b_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_185 = (
            l_self_modules_mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7b_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7b_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_17 = torch.nn.functional.relu(x_186, inplace=True)
        x_186 = None
        x_187 = torch.cat(
            [branch1x1_7, branch3x3_4, branch3x3dbl_14, branch_pool_17], 1
        )
        branch1x1_7 = branch3x3_4 = branch3x3dbl_14 = branch_pool_17 = None
        x_188 = torch.conv2d(
            x_187,
            l_self_modules_mixed_7c_modules_branch1x1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7c_modules_branch1x1_modules_conv_parameters_weight_ = None
        x_189 = torch.nn.functional.batch_norm(
            x_188,
            l_self_modules_mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch1x1_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch1x1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_188 = (
            l_self_modules_mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7c_modules_branch1x1_modules_bn_parameters_weight_
        ) = l_self_modules_mixed_7c_modules_branch1x1_modules_bn_parameters_bias_ = None
        branch1x1_8 = torch.nn.functional.relu(x_189, inplace=True)
        x_189 = None
        x_190 = torch.conv2d(
            x_187,
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_ = (
            None
        )
        x_191 = torch.nn.functional.batch_norm(
            x_190,
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_190 = (
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3_1_modules_bn_parameters_bias_
        ) = None
        branch3x3_5 = torch.nn.functional.relu(x_191, inplace=True)
        x_191 = None
        x_192 = torch.conv2d(
            branch3x3_5,
            l_self_modules_mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 1),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_ = (
            None
        )
        x_193 = torch.nn.functional.batch_norm(
            x_192,
            l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_192 = l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_ = (
            l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3_2a_modules_bn_parameters_bias_
        ) = None
        relu_87 = torch.nn.functional.relu(x_193, inplace=True)
        x_193 = None
        x_194 = torch.conv2d(
            branch3x3_5,
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 0),
            (1, 1),
            1,
        )
        branch3x3_5 = (
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_
        ) = None
        x_195 = torch.nn.functional.batch_norm(
            x_194,
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_194 = l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_ = (
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3_2b_modules_bn_parameters_bias_
        ) = None
        relu_88 = torch.nn.functional.relu(x_195, inplace=True)
        x_195 = None
        branch3x3_6 = torch.cat([relu_87, relu_88], 1)
        relu_87 = relu_88 = None
        x_196 = torch.conv2d(
            x_187,
            l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_ = (
            None
        )
        x_197 = torch.nn.functional.batch_norm(
            x_196,
            l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_196 = l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_15 = torch.nn.functional.relu(x_197, inplace=True)
        x_197 = None
        x_198 = torch.conv2d(
            branch3x3dbl_15,
            l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 1),
            (1, 1),
            1,
        )
        branch3x3dbl_15 = l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_ = (None)
        x_199 = torch.nn.functional.batch_norm(
            x_198,
            l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_198 = l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_ = (
            l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_bias_
        ) = None
        branch3x3dbl_16 = torch.nn.functional.relu(x_199, inplace=True)
        x_199 = None
        x_200 = torch.conv2d(
            branch3x3dbl_16,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 1),
            (1, 1),
            1,
        )
        l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_ = (
            None
        )
        x_201 = torch.nn.functional.batch_norm(
            x_200,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_200 = l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_ = l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_weight_ = (
            l_self_modules_mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_bias_
        ) = None
        relu_91 = torch.nn.functional.relu(x_201, inplace=True)
        x_201 = None
        x_202 = torch.conv2d(
            branch3x3dbl_16,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (1, 0),
            (1, 1),
            1,
        )
        branch3x3dbl_16 = l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_ = (None)
        x_203 = torch.nn.functional.batch_norm(
            x_202,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_202 = l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_ = l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_ = l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_weight_ = (
            l_self_modules_mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_bias_
        ) = None
        relu_92 = torch.nn.functional.relu(x_203, inplace=True)
        x_203 = None
        branch3x3dbl_17 = torch.cat([relu_91, relu_92], 1)
        relu_91 = relu_92 = None
        branch_pool_18 = torch._C._nn.avg_pool2d(
            x_187, kernel_size=3, stride=1, padding=1
        )
        x_187 = None
        x_204 = torch.conv2d(
            branch_pool_18,
            l_self_modules_mixed_7c_modules_branch_pool_modules_conv_parameters_weight_,
            None,
            (1, 1),
            (0, 0),
            (1, 1),
            1,
        )
        branch_pool_18 = (
            l_self_modules_mixed_7c_modules_branch_pool_modules_conv_parameters_weight_
        ) = None
        x_205 = torch.nn.functional.batch_norm(
            x_204,
            l_self_modules_mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_,
            l_self_modules_mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_,
            l_self_modules_mixed_7c_modules_branch_pool_modules_bn_parameters_weight_,
            l_self_modules_mixed_7c_modules_branch_pool_modules_bn_parameters_bias_,
            False,
            0.1,
            0.001,
        )
        x_204 = (
            l_self_modules_mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_
        ) = (
            l_self_modules_mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_
        ) = (
            l_self_modules_mixed_7c_modules_branch_pool_modules_bn_parameters_weight_
        ) = (
            l_self_modules_mixed_7c_modules_branch_pool_modules_bn_parameters_bias_
        ) = None
        branch_pool_19 = torch.nn.functional.relu(x_205, inplace=True)
        x_205 = None
        x_206 = torch.cat(
            [branch1x1_8, branch3x3_6, branch3x3dbl_17, branch_pool_19], 1
        )
        branch1x1_8 = branch3x3_6 = branch3x3dbl_17 = branch_pool_19 = None
        x_207 = torch.nn.functional.adaptive_avg_pool2d(x_206, (1, 1))
        x_206 = None
        x_208 = torch.nn.functional.dropout(x_207, 0.5, False, False)
        x_207 = None
        x_209 = torch.flatten(x_208, 1)
        x_208 = None
        x_210 = torch._C._nn.linear(
            x_209,
            l_self_modules_fc_parameters_weight_,
            l_self_modules_fc_parameters_bias_,
        )
        x_209 = (
            l_self_modules_fc_parameters_weight_
        ) = l_self_modules_fc_parameters_bias_ = None
        return (x_210,)
